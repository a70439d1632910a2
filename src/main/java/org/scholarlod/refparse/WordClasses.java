package org.scholarlod.refparse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Classes of words that mark a field in many languages and styles: a place of publication, a month, the word
 * for editors, pages, volume, issue, edition, access or thesis, the words organisations are named with. The model
 * sees the class beside the word, so that "editor." in a style never trained on is read as "ed." was in the
 * styles it was trained on, and "Disponível em" as "Available from".
 */
final class WordClasses {
    private static final Map<String, String> CLASSES = new HashMap<>();
    /** Month names that, capitalised, name a place: Portuguese writes its months in lower case. */
    private static final java.util.Set<String> CAPITALISED_PLACES = java.util.Set.of("Janeiro");

    static {
        add(
                "place",
                "london york new berlin paris amsterdam oxford cambridge boston chicago heidelberg dordrecht cham"
                        + " singapore tokyo princeton washington geneva genève vienna wien leipzig stuttgart munich münchen"
                        + " moscow москва philadelphia baltimore berkeley stanford ithaca hoboken englewood cliffs reading"
                        + " basel madrid milan milano rome roma zurich zürich toronto montreal sydney melbourne delhi beijing"
                        + " shanghai amherst durham los angeles san francisco diego hong kong seoul taipei osaka kyoto"
                        + " bethesda rockville atlanta houston seattle pittsburgh minneapolis ann arbor madison ottawa"
                        + " chichester abingdon harlow basingstoke thousand oaks newbury norwood totowa mahwah hillsdale"
                        + " malden weinheim wiesbaden göttingen tübingen freiburg hamburg frankfurt köln bonn dresden lyon"
                        + " grenoble toulouse florence firenze bologna torino napoli lausanne bern leiden utrecht rotterdam"
                        + " brussels bruxelles dublin edinburgh glasgow manchester bristol copenhagen stockholm oslo helsinki"
                        + " warsaw prague budapest athens istanbul cairo nairobi johannesburg mumbai bangalore kolkata chennai"
                        + " são paulo rio brasília lisboa lisbon porto alegre belo horizonte curitiba recife salvador"
                        + " campinas florianópolis fortaleza méxico buenos aires santiago bogotá lima caracas montevideo"
                        + " barcelona valencia sevilla coimbra санкт петербург 北京 上海 东京"
                        + " ny ma ca nj il pa md dc tx fl ct uk usa germany netherlands switzerland france italy japan china"
                        + " india canada australia brazil brasil spain españa portugal mexico argentina chile colombia russia"
                        + " sweden norway denmark finland belgium austria poland korea israel ireland england scotland");
        add(
                "month",
                "january february march april may june july august september october november december jan feb"
                        + " mar apr jun jul aug sep sept oct nov dec janeiro fevereiro março abril maio junho julho agosto"
                        + " setembro outubro novembro dezembro enero febrero marzo mayo junio julio septiembre octubre"
                        + " noviembre diciembre januar februar märz juni juli oktober dezember janvier février mars avril mai"
                        + " juin juillet août septembre octobre novembre décembre");
        add(
                "editor",
                "ed eds editor editors hrsg hg herausgeber org orgs organizador organizadores organizadora"
                        + " organizadoras coord coords coordenador coordenadores coordinador coordinadores dir dirs éd éds"
                        + " ред редактор 编 主编 cura");
        add("page", "p pp pages page pág págs pg pgs s ss seiten с стр 页");
        add("volume", "vol vols volume volumes bd band tom tome том т 卷");
        add("issue", "no nos nr num number issue heft fasc suppl supplement вып выпуск 期");
        add("edition", "edn edition edição edición édition aufl auflage изд");
        add(
                "access",
                "accessed cited retrieved viewed visited acesso acessado citado consultado accedido consulté"
                        + " zugegriffen abgerufen обращения");
        add("available", "available disponível disponible verfügbar режим доступа");
        add("thesis", "thesis dissertation phd tese dissertação doutorado mestrado tesis thèse диссертация");
        add("in", "in em en dans im в");
        add(
                "organisation",
                "collaboration consortium group organization organisation association society institute committee"
                        + " council team agency commission office network project working department university centre"
                        + " center foundation ministry bureau board organização organización ministério ministerio"
                        + " ministère ministerium bundesministerium instituto institut secretaria secretaría departamento"
                        + " fundação fundación fondation comissão comisión conselho consejo agência agencia agence"
                        + " universidade universidad université universität sociedade sociedad société gesellschaft"
                        + " associação asociación statistics statistique estadística estatística bundesamt");
    }

    private WordClasses() {}

    private static void add(String name, String words) {
        for (String word : words.split(" ")) {
            CLASSES.putIfAbsent(word, name);
        }
    }

    /** The class of a word, any case but a single capital (an initial, not "p." or "s."); null for none. */
    static String of(String word) {
        if (word.length() == 1 && !Character.isLowerCase(word.charAt(0))) {
            return null;
        }
        if (CAPITALISED_PLACES.contains(word)) {
            return "place";
        }
        return CLASSES.get(word.toLowerCase(Locale.ROOT));
    }
}
