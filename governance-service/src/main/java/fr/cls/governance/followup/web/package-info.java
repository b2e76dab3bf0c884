/** HTTP adapter for follow-up items. */
package fr.cls.governance.followup.web;
