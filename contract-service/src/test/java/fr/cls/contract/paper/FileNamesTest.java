package fr.cls.contract.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void dropsAccentsAndKeepsOnlyAsciiLettersDigitsAndHyphens() {
        assertThat(FileNames.slug("CLS de Briançon – Serre-Chevalier")).isEqualTo("cls-de-briancon-serre-chevalier");
        assertThat(FileNames.slug("Protocole d'accord « Œuvre » \"x\"/../y")).isEqualTo("protocole-d-accord-uvre-x-y");
    }

    @Test
    void cutsLongTitlesWithoutATrailingHyphenAndNamesAnEmptyOne() {
        String slug = FileNames.slug("Contrat local de santé de la communauté d'agglomération du Grand Montauban et de ses communes");
        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("contrat-local-de-sante-de-la-communaute");
        assertThat(FileNames.slug("« »")).isEqualTo("contrat");
    }
}
