/** HTTP API of the funders' plans. */
package fr.cls.contract.funderplan.web;
