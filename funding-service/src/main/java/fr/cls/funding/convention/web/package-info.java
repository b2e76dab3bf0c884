/** HTTP adapter of conventions and payments. */
package fr.cls.funding.convention.web;
