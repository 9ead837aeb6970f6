"""How judgments.csv was made: each scenario's "judge" grades (by kind of service, written from reading the
listings and the scenario) applied to every listing of the demo directory, lowered where a link worker would
lower them. Run from the worktree after a test run has dumped the listings (DemoListingsDump writes
target/demo-services.tsv):   python3 src/test/resources/matching/evaluation/judge.py
The held-out set the same way:  python3 src/test/resources/matching/evaluation/judge.py heldout.yaml heldout-judgments.csv

- A listing the person cannot use under the scenario's constraints is 0 (age, as recorded or as its name says
  "over 50s"; step-free or wheelchair access as recorded; language; days and times; cost; distance).
- Distance from the person's postcode district: up to 4 km as graded, 4 to 8 km one less, further two less;
  when they cannot travel, 2 and 4 km. Services that come to the person (phone and home befriending,
  door-to-door transport) are not lowered.
- Temporarily closed: two less. Not confirmed for over a year: one less.
"""
import csv, json, math, re, sys, datetime
import yaml

ROOT = 'src/test/resources/matching/evaluation/'
KINDS = {
    'Football at a walking pace': 'walking-football', 'A friendly, led walk': 'health-walk',
    'A weekly walk for men': 'mens-walk', 'Gentle exercise sitting in a chair': 'chair-exercise',
    'Slow, gentle yoga': 'chair-yoga', 'Exercise in a warm pool': 'aqua-therapy',
    'A relaxed exercise class in the shallow': 'aqua-aerobics', 'A friendly group for people living with arthritis': 'arthritis-group',
    'A six-week course': 'pain-course', 'Exercises to strengthen and loosen your back': 'back-class',
    'Exercises to build leg strength': 'strength-balance', 'Slow, flowing movements': 'tai-chi',
    'Quieter gym sessions': 'gym-mobility', 'Adapted bikes': 'cycling', 'A free, timed 5 km': 'park-5k',
    'Dance to music': 'tea-dance', 'Help grow fruit': 'community-garden', 'A shared allotment': 'allotment',
    'Outdoor tasks': 'conservation', 'A workshop where men': 'mens-shed', 'A regular phone call': 'befriending-phone',
    'A trained volunteer visits you': 'befriending-visits', 'A gentle, welcoming group for anyone who has lost': 'bereavement',
    'Time for you if you look after': 'carers-group', 'A relaxed café for people living with dementia': 'dementia-cafe',
    'A two-course hot lunch': 'lunch-club', 'Drop in for a hot drink': 'coffee-morning',
    'A door-to-door minibus': 'community-transport', 'Free, confidential help with debts': 'debt-advice',
    'Help with damp': 'housing-advice', 'Emergency food parcels': 'food-bank', 'Choose your own food': 'pantry',
    'Home-made soup': 'community-cafe', 'Learn to cook': 'cooking', 'Sing together': 'choir',
    'Bring your knitting': 'craft-group', 'Relaxed drawing and painting': 'art-group', 'Bring your phone, tablet': 'digital-skills',
    'Find a volunteering role': 'volunteering', 'A safe, friendly space to talk': 'mh-peer',
    'Meet others living with type 1': 'diabetes-group', 'For people with COPD': 'breathing-group',
    'Support and gentle exercise for people living with a heart': 'heart-group', 'A friendly club for stroke': 'stroke-club',
    'A relaxed group for women': 'womens-wellbeing', 'Friendly help in Polish': 'polish-dropin',
}
COMES_TO_YOU = {'befriending-phone', 'befriending-visits', 'community-transport'}
DISTRICT_WARD = {r['district']: r['ward_code'] for r in csv.DictReader(open('src/main/resources/place/calderdale/postcode_districts.csv'))}
WARDS = {f['properties']['WD25CD']: (f['properties']['LAT'], f['properties']['LONG'])
         for f in json.load(open('src/main/resources/place/calderdale/ward.geojson'))['features']}
DAY_NAMES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def kind(description):
    for start, k in KINDS.items():
        if description.startswith(start):
            return k
    raise SystemExit('unknown kind: ' + description[:60])


def service(row):
    (sid, name, org, status, min_age, max_age, terms, cost, schedules, loc, langs, verified, description) = row
    lat, lon = (float(loc.split('|')[1]), float(loc.split('|')[2])) if loc else (None, None)
    sessions = []
    for s in schedules.split(';'):
        if s.strip():
            byday, opens, _ = s.split(' ')
            for d in byday.split(','):
                sessions.append((re.sub(r'^-?\d', '', d), int(opens[:2]) if opens != 'null' else None))
    ages = re.search(r'over (\d\d)s', name.lower())
    minimum = int(min_age) if min_age != 'null' else (int(ages.group(1)) if ages else None)
    amount = float(cost.split(' ')[-1]) if cost else None
    return dict(id=sid, name=name, status=status, min=minimum, max=None if max_age == 'null' else int(max_age),
                terms=set(terms.split(',')), amount=amount, sessions=sessions, point=(lat, lon), langs=set(langs.split(',')),
                verified=datetime.date.fromisoformat(verified), kind=kind(description))


def part(hour):
    return 'morning' if hour < 12 else 'afternoon' if hour < 17 else 'evening'


def usable(s, c, distance):
    if 'age' in c and ((s['min'] is not None and c['age'] < s['min']) or (s['max'] is not None and c['age'] > s['max'])):
        return False
    if (c.get('wheelchair') or c.get('stepFree')) and not ({'step-free', 'wheelchair-accessible'} & s['terms']):
        return False
    if c.get('language') and c['language'] not in s['langs']:
        return False
    if c.get('days') or c.get('timesOfDay'):
        if not any((not c.get('days') or d in c['days']) and (not c.get('timesOfDay') or (h is not None and part(h) in c['timesOfDay']))
                   for d, h in s['sessions']):
            return False
    if 'maxCostPounds' in c and s['amount'] is not None and s['amount'] > c['maxCostPounds']:
        return False
    if 'maxDistanceKm' in c and s['kind'] not in COMES_TO_YOU and distance > c['maxDistanceKm']:
        return False
    return True


def grade(scenario, s, today):
    base = scenario['judge'].get(s['kind'], 0)
    c = scenario.get('constraints') or {}
    at = WARDS[DISTRICT_WARD[scenario['postcode'].split(' ')[0]]]
    distance = km(at, s['point'])
    if base == 0 or s['status'] not in ('active', 'temporarily closed') or not usable(s, c, distance):
        return 0
    if s['kind'] not in COMES_TO_YOU:
        near, far = (2, 4) if c.get('noTransport') else (4, 8)
        base -= 0 if distance <= near else 1 if distance <= far else 2
    if s['status'] == 'temporarily closed':
        base -= 2
    if (today - s['verified']).days >= 365:
        base -= 1
    return max(0, base)


def main():
    services = [service(r.rstrip('\n').split('\t')) for r in open('target/demo-services.tsv')]
    scenario_file, judgment_file = (sys.argv[1], sys.argv[2]) if len(sys.argv) > 2 else ('scenarios.yaml', 'judgments.csv')
    scenarios = yaml.safe_load(open(ROOT + scenario_file))['scenarios']
    today = datetime.date.today()
    with open(ROOT + judgment_file, 'w', newline='') as out:
        w = csv.writer(out)
        w.writerow(['scenario', 'service_id', 'grade', 'service'])
        for sc in scenarios:
            graded = [(grade(sc, s, today), s) for s in services]
            for g, s in sorted(graded, key=lambda x: (-x[0], x[1]['name'])):
                if g > 0:
                    w.writerow([sc['id'], s['id'], g, s['name']])
            print(sc['id'], sum(1 for g, _ in graded if g > 0), 'graded,', sum(1 for g, _ in graded if g == 3), 'at 3')


main()
