/** Conventions between a funder and a collectivité, their yearly payments, released when their conditions hold. */
package fr.cls.funding.convention;
