/** Arabic named-entity recognition: tagging PER/LOC/ORG/MISC mentions as spans into an article's text. */
package org.marsad.ner;
