/** The contract on paper: PDF documents of the contract as signed, of each amendment and of each annual report. */
package fr.cls.contract.paper;
