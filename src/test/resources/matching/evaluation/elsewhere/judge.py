"""Grades every listing of directory.json for every scenario in scenarios.yaml, from the facts its author wrote
down (facts.csv), and writes judgments.csv (only grades above 0). Run from anywhere:
    python3 src/test/resources/matching/evaluation/elsewhere/judge.py

A scenario's grade for a kind of service (0 to 3, unlisted 0) is given to every listing of that kind, then lowered:
- 0 when the person cannot use it under the scenario's constraints: age outside the listing's ages; wheelchair or
  stepFree and the listing is not known to be step-free; language not spoken; none of its sessions on the days or
  times asked for; costs more than maxCostPounds; further than maxDistanceKm. Unknown times, days or cost never
  lower a grade; unknown access does, as a wheelchair user cannot rely on it.
- Distance as the crow flies from the scenario's point to the listing's nearest venue: up to 4 km as graded, 4 to
  8 km one less, further two less (2 and 4 km when the person cannot travel, noTransport). Services that come to the
  person (phone, home visits, transport) are never lowered for distance, as long as the person lives within the
  area they cover (facts.csv "reach": centre latitude, longitude and radius in km; blank for the whole patch).
  Outside it such a service is judged from its venue like any other, or is 0 when it has none.
- Temporarily closed: two less. Not checked for over a year when written (stale): one less. Inactive or defunct: 0.
"""
import csv, json, math, os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = ('morning', 'afternoon', 'evening')


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def listings():
    directory = json.load(open(os.path.join(HERE, 'directory.json'), encoding='utf-8'))
    venues = {}
    for s in directory['contents']:
        venues[s['id']] = (s['name'], [(sal['location']['latitude'], sal['location']['longitude'])
                                       for sal in s.get('service_at_locations', [])
                                       if 'latitude' in sal['location'] and 'longitude' in sal['location']])
    services = []
    for f in csv.DictReader(open(os.path.join(HERE, 'facts.csv'), encoding='utf-8')):
        name, points = venues[f['id']]
        services.append(dict(
            id=f['id'], name=name, points=points, kind=f['kind'], comes=f['comes_to_you'] == 'yes',
            step_free=f['step_free'], min=int(f['min_age']) if f['min_age'] else None,
            max=int(f['max_age']) if f['max_age'] else None,
            cost=float(f['cost_pounds']) if f['cost_pounds'] else None, days=set(f['days'].split()),
            sessions=[tuple(x.split(':')) for x in f['sessions'].split()], languages=set(f['languages'].split()),
            reach=tuple(float(x) for x in f['reach'].split()) if f['reach'] else None,
            status=f['status'], stale=f['stale'] == 'yes'))
    return services


def on_time(s, c):
    days, times = c.get('days'), c.get('timesOfDay')
    if not days and not times:
        return True
    if s['sessions']:
        return any((not days or d in days) and (not times or p in times) for d, p in s['sessions'])
    if s['days'] and days:
        return bool(s['days'] & set(days))
    return True


def usable(s, c, distance):
    age = c.get('age')
    if age is not None and ((s['min'] is not None and age < s['min']) or (s['max'] is not None and age > s['max'])):
        return False
    if (c.get('wheelchair') or c.get('stepFree')) and s['step_free'] != 'yes':
        return False
    if c.get('language') and c['language'] not in (s['languages'] or {'en'}):
        return False
    if not on_time(s, c):
        return False
    if 'maxCostPounds' in c and s['cost'] is not None and s['cost'] > c['maxCostPounds']:
        return False
    if 'maxDistanceKm' in c and not s['comes'] and distance is not None and distance > c['maxDistanceKm']:
        return False
    return True


def comes_to(s, at):
    return s['comes'] and (s['reach'] is None or km(at, s['reach'][:2]) <= s['reach'][2])


def grade(scenario, s):
    base = scenario['judge'].get(s['kind'], 0)
    c = scenario.get('constraints') or {}
    at = (scenario['location']['lat'], scenario['location']['lon'])
    distance = min((km(at, p) for p in s['points']), default=None)
    s = dict(s, comes=comes_to(s, at))
    if s['comes'] is False and s['reach'] is not None and not s['points']:
        return 0
    if base == 0 or s['status'] not in ('active', 'temporarily closed') or not usable(s, c, distance):
        return 0
    if not s['comes'] and distance is not None:
        near, far = (2, 4) if c.get('noTransport') else (4, 8)
        base -= 0 if distance <= near else 1 if distance <= far else 2
    if s['status'] == 'temporarily closed':
        base -= 2
    if s['stale']:
        base -= 1
    return max(0, base)


def main():
    services = listings()
    scenarios = yaml.safe_load(open(os.path.join(HERE, 'scenarios.yaml'), encoding='utf-8'))['scenarios']
    with open(os.path.join(HERE, 'judgments.csv'), 'w', newline='', encoding='utf-8') as out:
        w = csv.writer(out, lineterminator='\n')
        w.writerow(['scenario', 'service_id', 'grade', 'service'])
        for sc in scenarios:
            graded = [(grade(sc, s), s) for s in services]
            for g, s in sorted(graded, key=lambda x: (-x[0], x[1]['name'], x[1]['id'])):
                if g > 0:
                    w.writerow([sc['id'], s['id'], g, s['name'].replace(',', '')])
            print('%-26s %3d graded, %2d at 3, %2d at 2, %2d at 1' % (
                sc['id'], sum(1 for g, _ in graded if g > 0), *(sum(1 for g, _ in graded if g == n) for n in (3, 2, 1))))


main()
