/** HTTP adapter for bodies and members. */
package fr.cls.governance.body.web;
