"""Language labels on invented news paragraphs: accuracy of the shipped detector per language.

The paragraphs below were written for this benchmark (an invented port strike, a recall, a fire), two
per language, in the languages news clusters mix most: English, Western and Northern European,
Polish, Romanian and Russian. Each is also scored on its first twelve words, which is what a short
wire item or a title gives. Usage: python bench/eval_language.py [--detector lingua]
(the lingua comparison needs ``lingua-language-detector`` installed; it is not a dependency).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

SAMPLES: dict[str, list[str]] = {
    "en": ["Dockworkers in the port of Lorant walked off the job on Monday, halting traffic at the country's busiest "
           "harbour, and the union said the strike would last until wages were raised.",
           "The fire grew overnight to more than three thousand acres, officials said, as deputies ordered residents "
           "of two villages to leave their homes before dawn."],
    "de": ["Die Hafenarbeiter in Lorant haben am Montag die Arbeit niedergelegt, und die Gewerkschaft erklärte, der "
           "Streik werde so lange dauern, bis die Löhne erhöht würden.",
           "Das Feuer hat sich über Nacht auf mehr als tausend Hektar ausgebreitet, teilten die Behörden mit, während "
           "die Polizei zwei Dörfer räumen ließ."],
    "fr": ["Les dockers du port de Lorant ont cessé le travail lundi, paralysant le trafic du plus grand port du pays, "
           "et le syndicat a annoncé que la grève durerait jusqu'à la hausse des salaires.",
           "L'incendie a parcouru plus de mille hectares pendant la nuit, selon les autorités, qui ont ordonné "
           "l'évacuation de deux villages avant l'aube."],
    "es": ["Los estibadores del puerto de Lorant abandonaron el trabajo el lunes, paralizando el tráfico del mayor "
           "puerto del país, y el sindicato dijo que la huelga seguirá hasta que suban los salarios.",
           "El incendio creció durante la noche hasta superar las mil hectáreas, según las autoridades, que ordenaron "
           "evacuar dos pueblos antes del amanecer."],
    "it": ["I portuali di Lorant hanno incrociato le braccia lunedì, bloccando il traffico nel porto più grande del "
           "paese, e il sindacato ha detto che lo sciopero durerà finché i salari non saranno aumentati.",
           "L'incendio si è esteso durante la notte a oltre mille ettari, hanno riferito le autorità, che hanno "
           "ordinato l'evacuazione di due villaggi prima dell'alba."],
    "pt": ["Os estivadores do porto de Lorant pararam o trabalho na segunda-feira, bloqueando o tráfego no maior porto "
           "do país, e o sindicato disse que a greve vai durar até que os salários sejam aumentados.",
           "O incêndio cresceu durante a noite para mais de mil hectares, segundo as autoridades, que ordenaram a "
           "retirada dos moradores de duas aldeias antes do amanhecer."],
    "nl": ["De havenarbeiders in Lorant hebben maandag het werk neergelegd, waardoor het verkeer in de grootste haven "
           "van het land stilligt, en de vakbond zei dat de staking doorgaat tot de lonen omhooggaan.",
           "De brand breidde zich 's nachts uit tot meer dan duizend hectare, meldden de autoriteiten, die twee "
           "dorpen lieten ontruimen voor zonsopgang."],
    "sv": ["Hamnarbetarna i Lorant lade ner arbetet på måndagen, vilket stoppade trafiken i landets största hamn, och "
           "facket sade att strejken ska pågå tills lönerna höjs.",
           "Branden växte under natten till mer än tusen hektar, uppgav myndigheterna, som beordrade att två byar "
           "skulle utrymmas före gryningen."],
    "da": ["Havnearbejderne i Lorant nedlagde arbejdet mandag, hvilket standsede trafikken i landets største havn, og "
           "fagforeningen sagde, at strejken fortsætter, indtil lønningerne bliver hævet.",
           "Branden voksede i løbet af natten til mere end tusind hektar, oplyste myndighederne, som beordrede to "
           "landsbyer evakueret før daggry."],
    "pl": ["Dokerzy w porcie Lorant przerwali w poniedziałek pracę, wstrzymując ruch w największym porcie kraju, a "
           "związek zawodowy zapowiedział, że strajk potrwa do czasu podwyżki płac.",
           "Pożar rozprzestrzenił się w nocy na ponad tysiąc hektarów, poinformowały władze, które nakazały "
           "ewakuację dwóch wsi przed świtem."],
    "ro": ["Docherii din portul Lorant au oprit lucrul luni, blocând traficul în cel mai mare port al țării, iar "
           "sindicatul a declarat că greva va continua până când salariile vor fi mărite.",
           "Incendiul s-a extins peste noapte la peste o mie de hectare, au anunțat autoritățile, care au ordonat "
           "evacuarea a două sate înainte de zori."],
    "ru": ["Докеры порта Лорант в понедельник прекратили работу, остановив движение в крупнейшем порту страны, а "
           "профсоюз заявил, что забастовка продлится до повышения зарплат.",
           "За ночь пожар распространился более чем на тысячу гектаров, сообщили власти, которые распорядились "
           "эвакуировать две деревни до рассвета."],
}


def shipped() -> Callable[[str], str | None]:
    from summarizer.ingest.language import detect_language
    return detect_language


def lingua() -> Callable[[str], str | None]:
    from lingua import LanguageDetectorBuilder  # type: ignore[import-not-found]

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None
    return detect


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detector", choices=["shipped", "lingua"], default="shipped")
    args = parser.parse_args()
    started = time.perf_counter()
    detect = shipped() if args.detector == "shipped" else lingua()
    loaded = time.perf_counter() - started
    right = {"paragraph": 0, "12 words": 0}
    total = 0
    started = time.perf_counter()
    for lang, texts in SAMPLES.items():
        for text in texts:
            total += 1
            got = detect(text)
            short = detect(" ".join(text.split()[:12]))
            right["paragraph"] += got == lang
            right["12 words"] += short == lang
            if got != lang or short != lang:
                print(f"  {lang}: paragraph -> {got}, 12 words -> {short}")
    elapsed = time.perf_counter() - started
    print(f"{args.detector}: paragraphs {right['paragraph']}/{total}, first 12 words {right['12 words']}/{total}; "
          f"load {loaded:.2f} s, {elapsed / (2 * total) * 1000:.1f} ms per text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
