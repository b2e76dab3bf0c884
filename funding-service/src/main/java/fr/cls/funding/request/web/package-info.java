/** HTTP adapter of funding requests and simulations. */
package fr.cls.funding.request.web;
