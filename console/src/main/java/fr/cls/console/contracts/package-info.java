/** The contracts a person sees: their list and one contract's page. */
package fr.cls.console.contracts;
