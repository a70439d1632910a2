package org.scholarlod.refparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarlod.model.PersonName;

/**
 * Puts right what the name model leaves wrong in a way a rule can see: a particle after or between initials belongs
 * to them ("Silva, A. L. da", "Zyl, L. van", "Carvalho, C. da C."), a family name in capitals before given names
 * written out has no other name beside it ("MARQUES, Vera Regina Beltrão"), a suffix at the end of a family name is
 * the suffix ("Scarpare Filho, J. A.", "Pedro Júnior, M. J."; "Drago JR" in capitals is initials), and
 * organisations one after the other are several ("Ministério da Saúde. Instituto Nacional de Câncer").
 */
final class NameListTidy {
    /** "MARQUES, Vera Regina Beltrão": one family name in capitals, a comma, then only given names and particles. */
    private static final Pattern ONE_WRITTEN_OUT = Pattern.compile(
            "(\\p{Lu}{2,}(?:[ '’-]\\p{Lu}{2,})*),\\s*((?:\\p{Lu}\\p{Ll}+|da|de|do|dos|das|del)(?:\\s+(?:\\p{Lu}\\p{Ll}+|da|de|do|dos|das|del))+)\\.?");

    private static final Pattern CAPITAL_SUFFIX = Pattern.compile("JR|SR");
    private static final Pattern CAPITAL_INITIALS = Pattern.compile("\\p{Lu}{1,3}");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}{4,}(?:-\\p{Lu}{2,})?");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?[\\s-]?)+");

    private NameListTidy() {}

    /** The one name a list in ABNT's form writes out, or null when the list has another form. */
    static PersonName writtenOut(String list) {
        Matcher one = ONE_WRITTEN_OUT.matcher(list.strip());
        return one.matches() ? PersonName.person(one.group(1), one.group(2)) : null;
    }

    static List<PersonName> tidy(List<PersonName> names) {
        List<PersonName> tidy = new ArrayList<>(names.size());
        for (PersonName name : names) {
            PersonName previous = tidy.isEmpty() ? null : tidy.get(tidy.size() - 1);
            boolean joins = previous != null && !previous.isOrganisation() && previous.given() != null;
            if (loneParticle(name) && joins) {
                tidy.set(
                        tidy.size() - 1,
                        PersonName.person(
                                previous.family(), previous.given() + " " + name.family(), previous.suffix()));
            } else if (particleWithInitials(name)
                    && joins
                    && INITIALS.matcher(previous.given()).matches()) {
                // "Carvalho, C. da C.": a particle between initials is the given names' middle, not a family name.
                tidy.set(
                        tidy.size() - 1,
                        PersonName.person(
                                previous.family(),
                                previous.given() + " " + name.family() + " " + name.given(),
                                previous.suffix()));
            } else if (name.isOrganisation()) {
                tidy.addAll(organisations(name.literal()));
            } else {
                tidy.add(withSuffix(capitalsTurned(name)));
            }
        }
        return tidy;
    }

    /**
     * "COOPER NP" read as given name COOPER, family NP: in a list all in capitals the initials are the short part,
     * so a family of up to three capitals after a given name of four or more is turned round.
     */
    private static PersonName capitalsTurned(PersonName name) {
        if (name.isOrganisation()
                || name.given() == null
                || name.suffix() != null
                || !CAPITAL_INITIALS.matcher(name.family()).matches()
                || !CAPITAL_WORD.matcher(name.given()).matches()) {
            return name;
        }
        return PersonName.person(name.given(), name.family());
    }

    private static boolean particleWithInitials(PersonName name) {
        return !name.isOrganisation()
                && name.given() != null
                && NameFeatures.PARTICLES.contains(name.family())
                && INITIALS.matcher(name.given()).matches();
    }

    private static boolean loneParticle(PersonName name) {
        return !name.isOrganisation() && name.given() == null && NameFeatures.PARTICLES.contains(name.family());
    }

    private static PersonName withSuffix(PersonName name) {
        if (name.given() == null
                && name.suffix() != null
                && CAPITAL_SUFFIX.matcher(name.suffix()).matches()) {
            // "Drago JR": in capitals, with no other given name, "JR" is two initials.
            return PersonName.person(name.family(), name.suffix());
        }
        int space = name.family() == null ? -1 : name.family().lastIndexOf(' ');
        if (space < 0 || name.suffix() != null) {
            return name;
        }
        String last = name.family().substring(space + 1);
        if (!NameFeatures.SUFFIXES.contains(last.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return name;
        }
        return PersonName.person(name.family().substring(0, space), name.given(), last);
    }

    /** "Ministério da Saúde. Instituto Nacional de Câncer": each part that names an organisation is one. */
    private static List<PersonName> organisations(String literal) {
        String[] parts = literal.split("\\.\\s+");
        List<PersonName> organisations = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (NameFeatures.words(part).stream().noneMatch(w -> "organisation".equals(WordClasses.of(w.text())))) {
                return List.of(PersonName.organisation(literal));
            }
            organisations.add(PersonName.organisation(part));
        }
        return organisations;
    }
}
