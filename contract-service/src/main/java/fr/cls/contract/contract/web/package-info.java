/** REST adapter for contracts under /api/v1/contracts. */
package fr.cls.contract.contract.web;
