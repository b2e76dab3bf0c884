/** The vocabulary domain code speaks in: rules refused, things not found, invalid fields, versions, money. No web here. */
package fr.cls.platform.domain;
