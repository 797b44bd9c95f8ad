"""Usual English short forms of first names ("Rudy" for Rudolph, "Bill" for William), so that one article's
"Rudolph W. Giuliani" and "Rudy Giuliani" are one person. Each short form maps to its
commonest formal name; forms shared by two common names ("Harry": Harold or Henry) are left out."""
from __future__ import annotations

_FORMAL = {
    "william": "bill billy will willy", "robert": "bob bobby rob robbie", "michael": "mike mikey",
    "james": "jim jimmy", "joseph": "joe joey", "thomas": "tom tommy", "richard": "dick rick ricky rich",
    "charles": "chuck charlie", "edward": "ed eddie ted teddy ned", "daniel": "dan danny", "david": "dave",
    "christopher": "chris", "matthew": "matt", "nicholas": "nick", "anthony": "tony", "andrew": "andy drew",
    "benjamin": "ben", "samuel": "sam", "alexander": "alex", "peter": "pete", "gregory": "greg",
    "jeffrey": "jeff", "kenneth": "ken", "ronald": "ron", "donald": "don donny", "lawrence": "larry",
    "timothy": "tim", "philip": "phil", "joshua": "josh", "jonathan": "jon", "zachary": "zach",
    "rudolph": "rudy", "mitchell": "mitch", "frederick": "fred", "walter": "walt", "vincent": "vince",
    "elizabeth": "liz beth betsy betty", "katherine": "kate katie kathy", "margaret": "peggy meg",
    "susan": "sue", "jennifer": "jenny jen", "patricia": "patty", "deborah": "debbie deb",
    "abraham": "abe", "gerald": "jerry", "stephen": "steve", "raymond": "ray",
}
_SHORT_TO_FORMAL = {short: formal for formal, shorts in _FORMAL.items() for short in shorts.split()}


def formal_first_name(first: str) -> str:
    """The formal first name a short form stands for, lowercased ("Rudy" -> "rudolph"); other names lowercased."""
    low = first.lower()
    return _SHORT_TO_FORMAL.get(low, low)
