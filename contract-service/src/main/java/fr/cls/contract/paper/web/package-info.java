/** REST adapter of the contract's PDF documents (downloads). */
package fr.cls.contract.paper.web;
