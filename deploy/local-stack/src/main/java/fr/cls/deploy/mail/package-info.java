/** The local SMTP server: GreenMail standalone, with a bound on the emails it keeps in memory. */
package fr.cls.deploy.mail;
