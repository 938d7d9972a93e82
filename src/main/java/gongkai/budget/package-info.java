/**
 * Budget against outcome: a unit's published budget (部门预算) beside its published final accounts
 * (部门决算) for the same year, per code and per named row, with each narrative's own explanation; and
 * one code across units.
 */
package gongkai.budget;
