"""Pet forms of given names that no cut of the name gives: "Kasia" for Katarzyna, "Sasha"
for Oleksandr, "Kees" for Cornelis, "Stijn" for Constantijn, "Pepe" for José.

Every language a Dutch school hears has a closed set of such forms, known to any speaker
(and listed in its name dictionaries); ``short_forms`` finds the regular ones (cuts and
endings), this table the irregular ones. Keys and forms are folded (lower case, no
diacritics); a form that is also a Dutch word ("kees", "toon", "bob") counts only where
``short_forms`` lets a word count (after a title, as a bare subject, where the name
detector found a name).
"""

from __future__ import annotations

__all__ = ["PET_NAMES"]


def _table(*groups: tuple[str, str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for names, pets in groups:
        for name in names.split():
            out.setdefault(name, set()).update(pets.split())
    return {name: frozenset(pets) for name, pets in out.items()}


PET_NAMES = _table(
    # Polish
    ("aleksandra", "ola olka olenka"), ("aleksander", "olek oleczek"),
    ("katarzyna", "kasia kasienka kaska kasiulka"), ("malgorzata", "gosia malgosia goska"),
    ("barbara", "basia baska"), ("zofia", "zosia zoska"), ("joanna", "asia joasia"),
    ("agnieszka", "aga agusia"), ("magdalena", "magda madzia"), ("anna", "ania anka anusia"),
    ("maria", "marysia maryska"), ("jakub", "kuba kubus kubek"), ("wojciech", "wojtek wojtus"),
    ("stanislaw", "stas staszek"), ("jozef", "jozek jozio"), ("krzysztof", "krzys krzysiek"),
    ("grzegorz", "grzes grzesiek"), ("tomasz", "tomek"), ("piotr", "piotrek"),
    ("pawel", "pawelek"), ("michal", "michas michalek"), ("bartosz", "bartek"),
    ("lukasz", "lukaszek"), ("mateusz", "mati matti mateuszek"), ("jan", "janek jasio"),
    ("natalia", "nati natka natalka"), ("weronika", "wera werka"), ("elzbieta", "ela elka"),
    ("zuzanna", "zuzia zuza"), ("julia", "julka"), ("wiktoria", "wika wiki wikusia"),
    ("szymon", "szymek"), ("franciszek", "franek"), ("antoni", "antek"),
    ("oliwia", "oliwka"), ("alicja", "ala alusia"), ("martyna", "tyna"),
    ("dominika", "domi domcia"), ("kamila", "kamilka"), ("karolina", "karolcia"),
    # Ukrainian and Russian (Latin spellings as Dutch and English texts write them)
    ("oleksandr aleksandr alexandr oleksander", "sasha sasja sasza sascha sanya sanja shura "
     "sashko sasko"),
    ("oleksandra aleksandra alexandra", "sasha sasja sanya sanja"),
    ("oleksii oleksiy aleksei aleksey alexei alexey", "lyosha lesha ljosja alyosha aljosja"),
    ("dmytro dmitri dmitry dmitrii dmitriy", "dima dimka dimon"),
    ("volodymyr vladimir wladimir", "vova volodya volodja vovchik vovka wowa"),
    ("mykhailo mikhail michail mychajlo", "misha misja mischa mishka"),
    ("ivan iwan", "vanya vanja vania wanja"), ("mykola nikolai nikolaj nikolay", "kolya kolja"),
    ("serhii serhiy sergei sergey sergii", "seryozha serjozja serezha serjoza"),
    ("yevhen yevgeny yevgeniy evgeny evgenii jevgeni", "zhenya zjenja jenya zhenia"),
    ("yevheniia yevgenia evgenia", "zhenya zjenja jenya"),
    ("andrii andriy andrei andrey", "andryusha andrijko"), ("pavlo pavel", "pasha pasja"),
    ("anastasiia anastasia anastasiya", "nastya nastja nastia asya"),
    ("kateryna ekaterina yekaterina katerina", "katya katja katia katyusha katjoesja"),
    ("olena yelena elena jelena", "lena lenochka"),
    ("tetiana tatiana tatyana tatjana", "tanya tanja tania"),
    ("nataliia natalia natalya natalja", "natasha natasja nata"),
    ("mariia mariya maria", "masha masja mariyka"), ("olha olga", "olya olja"),
    ("svitlana svetlana", "sveta svieta"), ("yuliia yulia yuliya julija", "yulya julja"),
    ("sofiia sofiya sofia", "sonya sonja"), ("kseniia ksenia kseniya", "ksyusha ksjoesja"),
    ("bohdan bogdan", "bodya bodja bodia"), ("yaroslav jaroslav", "yarik slavik"),
    ("viacheslav vyacheslav", "slava slavik"), ("anatolii anatoliy anatoly", "tolik tolya"),
    ("viktor", "vitya vitja"), ("yurii yuriy yuri", "yura jura joera"),
    ("valentyna valentina", "valya valja"), ("liudmyla lyudmila ludmila", "lyuda ljoeda mila"),
    ("halyna galina", "halya galya galja"), ("maksym maksim maxim", "maks maksik"),
    ("artem artyom", "tema tjoma"), ("denys denis", "deniska"), ("roman", "roma romka"),
    ("daria daryna darya", "dasha dasja"), ("polina", "polya polja"),
    # Turkish, Arabic, Berber (as Dutch families write them)
    ("mehmet", "memo memet"), ("mustafa", "musti musto"),
    ("mohammed mohamed muhammed muhammad mohammad", "mo momo moe hamoudi hamudi"),
    ("ahmed ahmad", "hamoudi hamudi"), ("abdullah abdallah abdelkader abderrahim", "abdel "
     "abdu aboudi"), ("youssef yousef yusuf youssouf", "yos joes"),
    ("fatima fatma", "fati fatoum"), ("khadija", "dija khadi"), ("ibrahim", "ibo brahim"),
    ("ismail", "isso ismo"), ("huseyin", "husso"), ("ayse", "aysem"),
    # Dutch and Frisian (the name as registered, the name as called)
    ("johannes", "hans jan joop hannes jo"), ("cornelis", "kees cor"),
    ("jacobus jacob", "sjaak koos jaap co"), ("adrianus", "arie janus"),
    ("gerardus", "gert gerrit gerrie"), ("gerard", "gert"), ("wilhelmus willem", "wim pim"),
    ("hendrik henricus", "henk rik hein henny"), ("petrus pieter", "piet pier"),
    ("antonius", "toon teun ton toni"), ("theodorus", "theo dorus"), ("gustaaf", "guus"),
    ("robert", "rob bob robbie"), ("elisabeth", "lies els bep betty liesbeth lisa ellis"),
    ("johanna", "jo hanneke hanna annie"), ("geertruida", "truus trui"),
    ("wilhelmina", "mien wil mina willy wilma"), ("hendrika", "riek riekie hennie"),
    ("catharina", "toos ina rina trijntje kitty kaatje kaat"),
    ("cornelia", "cor corrie nel nelleke"), ("petronella", "nel nelly pieternel"),
    ("sebastiaan sebastian", "bas bastiaan"), ("constantijn", "stijn"), ("martijn", "tijn"),
    ("matthijs", "thijs tijs"), ("alexander", "sander lex xander"), ("abraham", "bram"),
    ("josephus joseph", "joep jos sjef"), ("frederik", "frits freek rik"),
    ("laurens", "lau rens"), ("christiaan", "chris stiaan"), ("maximiliaan", "max"),
    ("benjamin", "benji"), ("samuel", "sammie sammy"), ("daniel", "daan dani danny"),
    ("nicolaas", "klaas nico niek"), ("lodewijk", "lodi ludo"), ("bartholomeus", "bart"),
    ("augustinus", "guus"), ("susanne suzanne", "sanne suus suze"),
    ("charlotte", "lotte lot"), ("henriette henriëtte", "jet jetje jetta"),
    ("josephine", "fien fientje"), ("alexandra", "sandra lexa"), ("mathilde", "tilly"),
    ("gijsbertus", "gijs"), ("jacoba", "coba"), ("isabella isabel", "bella isa belle"),
    ("sophia sofie", "fie"), ("adriana", "jaantje"), ("margaretha margriet", "greet grietje"),
    # Spanish, Portuguese, Italian
    ("jose", "pepe ze"), ("francisco", "paco pancho chico"), ("ignacio", "nacho"),
    ("dolores", "lola"), ("guadalupe", "lupe"), ("enrique", "quique"),
    ("manuel", "manolo manu"), ("alejandro", "ale"), ("antonio", "toni tono"),
    ("rosario", "charo"), ("guillermo", "memo"), ("eduardo", "edu"),
    ("giuseppe", "beppe peppe"), ("francesco", "checco cesco"),
    # Romanian
    ("alexandru", "sandu"), ("ioan ion", "ionut nelu"), ("gheorghe", "gica ghita"),
    ("constantin", "costel costica dinu"), ("vasile", "vasilica"), ("mihai", "mihaita"),
    ("elena", "lenuta"), ("ana", "anuta"), ("andrei", "andreiut"),
    # English
    ("william", "bill will"), ("richard", "rick dick"), ("edward", "ed ted ned"),
    ("elizabeth", "liz beth betty"), ("margaret", "maggie meg peggy"),
    ("katherine catherine", "kate katie kitty"),
)
