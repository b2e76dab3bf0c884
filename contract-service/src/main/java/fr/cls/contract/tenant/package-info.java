/** The tenant directory kept by the platform's operators: onboarding, changes and suspension, without restart. */
package fr.cls.contract.tenant;
