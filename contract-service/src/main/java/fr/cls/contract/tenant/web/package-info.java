/** HTTP adapter of the operators' tenant directory. */
package fr.cls.contract.tenant.web;
