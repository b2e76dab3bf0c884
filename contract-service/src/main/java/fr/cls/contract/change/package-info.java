/** The one way an aggregate of this service is created or changed: loaded, version checked, saved, audited, its events published. */
package fr.cls.contract.change;
