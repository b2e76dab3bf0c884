/** Scheduled work that runs once across the replicas of a service, whichever instance gets there first. */
package fr.cls.platform.jobs;
