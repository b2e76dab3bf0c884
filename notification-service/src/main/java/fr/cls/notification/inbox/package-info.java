/** The in-app inbox: one item per notification and person, listed, counted and marked read by its owner only. */
package fr.cls.notification.inbox;
