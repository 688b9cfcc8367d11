#!/usr/bin/env python3
"""Writes a synthetic JSON Lines corpus of short incident reports, for store benchmarks and load tests.

    python3 bench/store/make-corpus.py --articles 12000 --out /tmp/corpus.jsonl

Deterministic (seeded). Each incident gets one to three reports (different wording, figures that
move between reports); places, dates, attackers and targets vary so that most reports are
separate incidents. Not a test of accuracy: a way to make many realistic records quickly.
"""
import argparse, json, random, datetime

CITIES = ["Karachi", "Lahore", "Quetta", "Peshawar", "Kabul", "Kandahar", "Baghdad", "Mosul", "Kirkuk", "Maiduguri",
          "Mogadishu", "Kismayo", "Bamako", "Gao", "Timbuktu", "Niamey", "Ouagadougou", "Damascus", "Aleppo", "Idlib",
          "Sanaa", "Aden", "Tripoli", "Benghazi", "Kano", "Abuja", "Goma", "Bunia", "Juba", "Khartoum", "Mumbai", "Srinagar",
          "Manila", "Cotabato", "Bogota", "Cali", "Medellin", "Tijuana", "Culiacan", "Kharkiv", "Nairobi", "Mombasa",
          "Dhaka", "Chittagong", "Colombo", "Kathmandu", "Yangon", "Mandalay", "Beirut", "Gaza"]
ATTACKERS = [("Gunmen", None), ("Militants", None), ("Suspected Islamic State fighters", "Islamic State"),
             ("Al-Shabaab militants", "al-Shabaab"), ("Boko Haram fighters", "Boko Haram"),
             ("Tehreek-e-Taliban Pakistan militants", "Tehreek-e-Taliban Pakistan"), ("Unidentified assailants", None)]
VICTIMS = ["policemen", "soldiers", "civilians", "villagers", "worshippers", "security guards", "students", "officials"]
PLACES = ["at a checkpoint", "at a market", "near a mosque", "at a police station", "on a highway", "at a school",
          "near the main bus station", "at a military post"]
WEAPONS = [("opened fire on", "shot dead"), ("attacked", "killed"), ("detonated a bomb near", "killed"), ("stormed", "killed")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Daily Wire Service", "Global News Agency", "Regional Times", "The Observer Desk"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=5000)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    rng = random.Random(a.seed)
    start = datetime.date(2015, 1, 1)
    written = 0
    incident = 0
    with open(a.out, "w", encoding="utf-8") as f:
        while written < a.articles:
            incident += 1
            city = rng.choice(CITIES)
            when = start + datetime.timedelta(days=rng.randrange(0, 3650))
            attackers, group = rng.choice(ATTACKERS)
            victims = rng.choice(VICTIMS)
            place = rng.choice(PLACES)
            verb, kill = rng.choice(WEAPONS)
            killed = rng.randrange(1, 40)
            wounded = rng.randrange(0, 60)
            for report in range(rng.choice([1, 1, 1, 2, 3])):
                if written >= a.articles:
                    break
                published = when + datetime.timedelta(days=1 + report)
                day = DAYS[when.weekday()]
                k = killed + report * rng.randrange(0, 3)
                text = (f"{city}: {attackers} {verb} {victims} {place} in {city} on {day}, killing {k} people and wounding {wounded + report}, "
                        f"officials said. ")
                if group and rng.random() < 0.6:
                    text += f"{group} claimed responsibility for the attack in a statement. "
                text += f"\"The attackers fled before security forces arrived,\" a police spokesman said. Report {incident}-{report}."
                record = {"id": f"syn-{written:06d}", "title": f"{k} killed in {city} attack", "published": published.isoformat(),
                          "outlet": OUTLETS[(incident + report) % len(OUTLETS)], "text": text}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    print(f"wrote {written} articles about {incident} incidents to {a.out}")


if __name__ == "__main__":
    main()
