/** A minimal service made of the platform alone, for the platform's own integration tests. */
package fr.cls.platform.testapp;
