/** What funding-service knows of contracts: their profile (territory, dates, parties) and annual reports received. */
package fr.cls.funding.profile;
