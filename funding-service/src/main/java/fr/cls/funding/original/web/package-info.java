/** HTTP routes of a funding request's signed originals. */
package fr.cls.funding.original.web;
