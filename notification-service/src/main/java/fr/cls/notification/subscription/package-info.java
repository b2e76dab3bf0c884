/** Who is told of what: subscribers (from their token), their subscriptions per topic and channel, defaults by role. */
package fr.cls.notification.subscription;
