/** REST adapter for the dashboards and exports under /api/v1/contracts/dashboard and /api/v1/contracts/export. */
package fr.cls.contract.dashboard.web;
