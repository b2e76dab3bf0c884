/** Signed originals (PDF) of a service's subjects, stored immutably in its database with their SHA-256 and uploader. */
package fr.cls.platform.originals;
