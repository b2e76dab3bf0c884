/** HTTP adapter of the financing plan, and the 400 answer for a bad query parameter. */
package fr.cls.funding.plan.web;
