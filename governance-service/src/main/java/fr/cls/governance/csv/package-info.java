/** What the governance lists' CSV exports share. */
package fr.cls.governance.csv;
