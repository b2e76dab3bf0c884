/**
 * What a contract plans and does: strategic axes, action sheets (fiches actions) with their indicators, the
 * annual programming validated by the COPIL, annual reports (bilans) and amendments (avenants) with a snapshot
 * of the contract as it stood.
 */
package fr.cls.contract.action;
