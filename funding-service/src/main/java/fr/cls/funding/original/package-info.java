/** The signed originals (PDF) of a funding request: its signed convention, délibérations. */
package fr.cls.funding.original;
