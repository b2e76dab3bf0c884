/** Who a person is: issuer and subject, and how records from before issuers were kept are matched. */
package fr.cls.notification.person;
