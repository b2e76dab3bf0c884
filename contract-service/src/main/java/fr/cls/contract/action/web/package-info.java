/** REST adapter of axes, action sheets, annual programming, annual reports and amendments. */
package fr.cls.contract.action.web;
