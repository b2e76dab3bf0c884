/** REST adapter for territories under /api/v1/territories. */
package fr.cls.contract.territory.web;
