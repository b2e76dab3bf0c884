/** The one CSV writer of every export, with its protection against spreadsheet formulas (CSV injection). */
package fr.cls.platform.csv;
