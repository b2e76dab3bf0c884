/** Rules a funder sets for itself beside its schemes' rules: four eyes on decisions and signatures. */
package fr.cls.funding.rules;
