/** The signed originals (PDF) of a contract: the signed contract, its amendments, the parties' délibérations. */
package fr.cls.contract.original;
