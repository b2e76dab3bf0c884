/** Tableaux de bord: a tenant's contracts at a glance, and lists exported as CSV. */
package fr.cls.contract.dashboard;
