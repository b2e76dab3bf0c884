/** The contract aggregate (CLS, CLSM, protocole d'accord), its lifecycle and the events it publishes. */
package fr.cls.contract.contract;
