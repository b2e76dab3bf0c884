/**
 * What a contract plans and does: strategic axes, action sheets (fiches actions) with their indicators, the
 * annual programming validated by the COPIL, annual reports (bilans), amendments (avenants) with a snapshot
 * of the contract as it stood, and the contract as signed, kept when it came into force.
 */
package fr.cls.contract.action;
