/** What the funding lists' web adapters share about the contract filters. */
package fr.cls.funding.profile.web;
