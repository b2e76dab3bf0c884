/** HTTP routes of a contract's signed originals. */
package fr.cls.contract.original.web;
