/** Classes that declare role expressions their own way or the shared way, for the architecture rule's test. */
package fr.cls.platform.rolefixture;
