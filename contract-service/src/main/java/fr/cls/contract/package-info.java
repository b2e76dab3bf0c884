/** contract-service: territories, contracts and their lifecycle. */
package fr.cls.contract;
