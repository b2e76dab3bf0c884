/** System tests: the real stack started as processes and driven through the gateway. */
package fr.cls.system;
