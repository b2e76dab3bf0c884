/** Territories from the official administrative division: communes, EPCI, their populations; a contract's territory. */
package fr.cls.contract.territory;
