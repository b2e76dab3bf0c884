/**
 * What funding-service knows of contracts: their profile (territory, dates, parties), annual reports received
 * (contract-service) and adopted by the COPIL (governance-service).
 */
package fr.cls.funding.profile;
